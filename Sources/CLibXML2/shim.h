#ifndef MAILCONF_CLIBXML2_SHIM_H
#define MAILCONF_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the copy inside Foundation. MailConf uses no
   encoding-handler structure (the only place ICU types appear), so the ICU parts are left out of the import. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#endif
