import { Temporal } from 'temporal-polyfill';
import {
  addWorkingDays,
  firstPeriodEndAfterNotice,
  isHoliday,
  termEnd,
} from '../src/shared/calendar/index.ts';
import { defineBenchmark } from './benchmark.ts';

// 1,000 dates spread over 2024–2030: the mix a bill run or a dunning run walks through.
const dates = Array.from({ length: 1000 }, (_, i) =>
  Temporal.PlainDate.from('2024-01-01').add({ days: (i * 7919) % 2557 }),
);

export default defineBenchmark({
  name: 'calendar (1,000 dates per call)',
  floor: {
    name: 'PlainDate.add({ days: 14 }): one polyfill date step, the least any date rule costs',
    operations: dates.length,
    run: () => dates.map((date) => date.add({ days: 14 })),
  },
  cases: [
    { name: 'isHoliday (nl:workdays)', operations: dates.length, run: () => dates.map(isHoliday) },
    {
      name: 'addWorkingDays 14 (bit:9.2 invoice complaint window)',
      operations: dates.length,
      run: () => dates.map((date) => addWorkingDays(date, 14)),
    },
    {
      name: 'addWorkingDays 250 (a year of working days)',
      operations: dates.length,
      run: () => dates.map((date) => addWorkingDays(date, 250)),
    },
    {
      name: 'termEnd 12 months',
      operations: dates.length,
      run: () => dates.map((date) => termEnd(date, 12)),
    },
    {
      name: 'notice 1 month to a quarter end (bit:12.2)',
      operations: dates.length,
      run: () =>
        dates.map((noticeDate) =>
          firstPeriodEndAfterNotice({
            noticeDate,
            notice: { months: 1 },
            periodEnds: 'quarter',
            because: ['bit:12.2'],
          }),
        ),
    },
  ],
});
