import { Empty, PageHeader } from '../components/ui';
import { Link } from '../router';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Empty>
        There is no such page. <Link to="/">Back to the overview</Link>.
      </Empty>
    </>
  );
}
