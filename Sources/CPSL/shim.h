#ifndef MAILCONF_CPSL_SHIM_H
#define MAILCONF_CPSL_SHIM_H
#include <libpsl.h>
#endif
