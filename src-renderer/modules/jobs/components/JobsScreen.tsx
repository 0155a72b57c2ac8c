import { useNavigationStore } from '../../../app/navigation-store.js';
import { JobDetail } from './JobDetail.js';
import { JobList } from './JobList.js';

/** #/jobs → the list; #/jobs/42 → the job's pipeline board; #/jobs/42/details → its description and stats. */
export function JobsScreen() {
  const params = useNavigationStore((s) => s.params);
  const id = Number(params[0]);
  if (params[0] && Number.isInteger(id) && id > 0) return <JobDetail jobId={id} tab={params[1] === 'details' ? 'details' : 'board'} />;
  return <JobList />;
}
