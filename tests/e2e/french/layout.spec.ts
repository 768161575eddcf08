import { layoutSuite } from '../../helpers/layout';

// The layout test (tests/helpers/layout.ts) on the French fixture: French words are longer.
layoutSuite();
