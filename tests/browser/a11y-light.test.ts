// axe-core, WCAG 2.2 AA, every template in the light colour scheme (tests/support/a11y.ts).
import { a11ySuite } from '../support/a11y.ts';

a11ySuite('light');
