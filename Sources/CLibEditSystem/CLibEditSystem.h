// System headers for libedit (BSD editline, package libedit-dev).
// The non-variadic libedit functions (el_init, el_gets, el_line, el_insertstr,
// history_init, ...) are called from Swift through this module; the variadic
// ones (el_set, el_get, history) go through the CLibEdit shim.
#ifndef CLIBEDIT_SYSTEM_H
#define CLIBEDIT_SYSTEM_H

#include <stdio.h>
#include <locale.h>
#include <wchar.h>
#include <histedit.h>

#endif
