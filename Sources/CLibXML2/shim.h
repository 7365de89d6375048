#ifndef NEWSDESK_CLIBXML2_SHIM_H
#define NEWSDESK_CLIBXML2_SHIM_H
// Debian's libxml2 headers enable ICU, which clashes with the toolchain's own ICU module when a
// Swift module sees both libxml2 and Foundation; libxml2's ICU declarations are not needed here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#endif
