#pragma once
// A fixture for the layering test's own test: a layer below metadata includes this.
#include <QString>
