// axe-core, WCAG 2.2 AA, light and dark (tests/support/a11y.ts): the list, map and timeline templates.
import { a11ySuite } from '../support/a11y.ts';

a11ySuite([
  { name: 'A–Z', path: '/a-z/' },
  { name: 'letter page', path: '/a-z/s/' },
  { name: 'kind list', path: '/companies/' },
  { name: 'status page', path: '/status/restricted/' },
  { name: 'status index', path: '/status/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'year page', path: '/timeline/2020/' },
  { name: 'map', path: '/map/' },
  { name: 'map by scope', path: '/map/core/' },
  { name: 'as of a year', path: '/as-of/2020/' },
  { name: 'deadlines', path: '/deadlines/' },
  { name: 'changes', path: '/changes/' },
  { name: 'coverage', path: '/coverage/' },
]);
