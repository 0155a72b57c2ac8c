import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useState } from 'react';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';

/** The recruiter's zone: "tomorrow 09:00" and repeating check-ins keep their local time in it, across DST. */
export function TimeZoneSetting() {
  const [zone, setZone] = useState<string | null>(null);
  const zones = useMemo(() => {
    const supported = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
    return supported ? supported('timeZone') : ['UTC'];
  }, []);
  useEffect(() => {
    void invoke('reminders:get-settings', {}).then((r) => r.ok && setZone(r.value.timeZone));
  }, []);
  if (zone === null) return null;
  return (
    <Autocomplete
      options={zones.includes(zone) ? zones : [zone, ...zones]}
      value={zone}
      disableClearable
      onChange={(_e, v) => {
        void invoke('reminders:update-settings', { timeZone: v }).then((r) => {
          if (r.ok) {
            setZone(r.value.timeZone);
            notify.success(`Time zone set to ${r.value.timeZone}`);
          } else notify.error(r.error.message);
        });
      }}
      renderInput={(params) => (
        <TextField {...params} size="small" label="Your time zone" helperText="Repeating check-ins keep their local time across daylight-saving changes" />
      )}
    />
  );
}
