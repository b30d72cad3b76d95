// The one script every page loads, kept tiny: the type-ahead loader (the matcher itself loads when
// the search box is first used) and the printed date of a brief.
import './typeahead.ts';
import './print-date.ts';
