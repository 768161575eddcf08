import { layoutSuite } from '../helpers/layout';

// The layout test (tests/helpers/layout.ts) on the engine fixture (tests/fixtures/engine).
layoutSuite();
