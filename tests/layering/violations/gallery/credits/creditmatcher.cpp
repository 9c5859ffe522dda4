// A fixture for the layering test's own test: a lower layer reached by angle brackets, and by climbing.
#include "../metadata/photorecord.h"
#include <metadata/photorecord.h>
