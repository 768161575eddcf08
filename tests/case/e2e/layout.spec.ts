import { layoutSuite } from '../../helpers/layout';

// The layout test (tests/helpers/layout.ts) on the Stephen Port case's built site (dist/), its
// event with the most sources printed.
layoutSuite({ printedEvent: '/events/2021-12-10-inquest-conclusions/' });
