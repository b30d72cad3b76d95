// The tests' "today", pinned: the newest date the content itself states (an event, a source, a
// check, a search), never the clock. The same commit therefore tests the same on any later day,
// and a deadline falling due with time never turns a test red; moving the clock on is a test of
// its own (tests/unit/any-date.test.ts).
import { newestContentDate } from '../../scripts/lib/content-date.ts';

export const TEST_DATE = newestContentDate('content');
