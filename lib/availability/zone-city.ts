/** The place an IANA zone is named after: "America/New_York" → "New York", "UTC" → "UTC". */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}
