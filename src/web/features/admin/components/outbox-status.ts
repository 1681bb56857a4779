// Badge colours per outbox status; the dark shades keep text contrast above WCAG AA on white.
export function statusColor(status: string): string {
  switch (status) {
    case 'sent':
      return 'green.9';
    case 'failed':
      return 'red.9';
    default:
      return 'gray.8';
  }
}
