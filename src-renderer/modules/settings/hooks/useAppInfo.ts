import { useEffect, useState } from 'react';
import type { Res } from '../../../../src-shared/ipc/contract.js';
import { invoke } from '../../../ipc/client.js';

export type AppInfo = Res<'app:get-info'>;

/** Version and host facts: read once per visit, nothing to share between screens. */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('app:get-info', {}).then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
