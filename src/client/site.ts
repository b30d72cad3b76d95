// The one script every page loads, kept tiny: the type-ahead loader (the matcher itself loads when
// the search box is first used), the printed date of a brief and the Copy buttons of a quoted answer.
import './typeahead.ts';
import './print-date.ts';
import './copy.ts';
