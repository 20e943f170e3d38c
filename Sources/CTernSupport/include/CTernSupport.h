#ifndef CTERN_SUPPORT_H
#define CTERN_SUPPORT_H

#include <stddef.h>

/// Finds the lowest address and size of the calling thread's stack.
/// Returns 0 on success. Used to turn deep native recursion into RecursionError.
int tern_current_stack_bounds(void **lowest, size_t *size);

/// Formats `value` as C's "%.*f" (conversion 'f') or "%.*e" (conversion 'e') into `buffer`,
/// correctly rounded. Returns the length the full text needs, as snprintf does.
int tern_format_double(char *buffer, size_t size, char conversion, int precision, double value);

#endif
