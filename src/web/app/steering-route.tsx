// The "Sturing" page (steering) with, for a funder, the released financial statements (budget) beside the released
// reports: features do not import each other, the shell composes them.
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { SteeringPage } from '../features/steering/components/steering-page.js';
import { PageLoader } from '../shared/page-states.js';
import { hasPermission, useSession } from './session.js';

const FunderStatements = lazy(() =>
  import('../features/budget/components/statements-section.js').then((m) => ({ default: m.FunderStatements })),
);

export function SteeringRoute() {
  const { networkId = '' } = useParams();
  const session = useSession();
  const statements = hasPermission(session.data, networkId, 'budget.read_statements') ? (
    <Suspense fallback={<PageLoader />}>
      <FunderStatements networkId={networkId} />
    </Suspense>
  ) : undefined;
  return <SteeringPage statements={statements} />;
}
