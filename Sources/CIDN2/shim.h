#ifndef MAILCONF_CIDN2_SHIM_H
#define MAILCONF_CIDN2_SHIM_H
#include <idn2.h>
#endif
