#pragma once
// A fixture for the layering test's own test: credits is the bottom layer, it must not know metadata.
#include "metadata/photorecord.h"
