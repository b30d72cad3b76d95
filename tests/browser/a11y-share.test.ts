// axe-core, WCAG 2.2 AA, light and dark (tests/support/a11y.ts): the pages made to be framed on other
// sites. The map pages, with their download links and embed code, are in a11y-lists.test.ts, and the
// entries, with their embed code, in a11y-pages.test.ts.
import { a11ySuite } from '../support/a11y.ts';

a11ySuite([
  { name: 'world map embed', path: '/embed/map/' },
  { name: 'a part’s map embed', path: '/embed/map/core/' },
  { name: 'a country’s status card embed', path: '/embed/countries/sweden/' },
  { name: 'a company’s status card embed', path: '/embed/companies/vodafone/' },
]);
