#include <stdio.h>
#include <locale.h>
#include <wchar.h>
#include <histedit.h>
