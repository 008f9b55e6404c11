/** How an instant reads to users, in Vietnamese order: the clock, then the day ("17:00 ngày 30/11/2023"). */
export const timeMessages = {
  clockOnDay: (clock: string, day: string) => `${clock} ngày ${day}`,
} as const;
