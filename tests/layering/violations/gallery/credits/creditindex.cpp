// A fixture for the layering test's own test: Exiv2 outside metadata.
#include <exiv2/exiv2.hpp>
