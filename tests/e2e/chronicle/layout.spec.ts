import { layoutSuite } from '../../helpers/layout';

// The layout test (tests/helpers/layout.ts) on the chronicle fixture: times, a picture, tags.
layoutSuite();
