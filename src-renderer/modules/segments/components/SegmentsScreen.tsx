import { useEffect } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { useSegmentOptionsStore } from '../options-store.js';
import { ListView } from './ListView.js';
import { SegmentBuilder } from './SegmentBuilder.js';
import { SegmentList } from './SegmentList.js';

const id = (raw: string | undefined): number | null => {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : null;
};

/** #/segments → list; #/segments/new and #/segments/42 → builder; #/segments/lists/7 → a static list. */
export function SegmentsScreen() {
  const params = useNavigationStore((s) => s.params);
  // Pick lists (recruiters, lists, job titles) are dropped with the screen, like everything else it read.
  useEffect(() => () => useSegmentOptionsStore.getState().reset(), []);
  if (params[0] === 'new') return <SegmentBuilder key="new" segmentId={null} />;
  if (params[0] === 'lists' && id(params[1]) !== null) return <ListView key={params[1]} listId={id(params[1])!} />;
  const segmentId = id(params[0]);
  if (segmentId !== null) return <SegmentBuilder key={segmentId} segmentId={segmentId} />;
  return <SegmentList />;
}
