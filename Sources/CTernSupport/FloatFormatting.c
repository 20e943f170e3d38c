#include "CTernSupport.h"
#include <stdio.h>

int tern_format_double(char *buffer, size_t size, char conversion, int precision, double value) {
    // Only the two conversions Tern needs; the format strings stay literal for the compiler's checks.
    if (conversion == 'e') return snprintf(buffer, size, "%.*e", precision, value);
    return snprintf(buffer, size, "%.*f", precision, value);
}
