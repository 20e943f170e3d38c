#define _GNU_SOURCE
#include "CTernSupport.h"
#include <pthread.h>

int tern_current_stack_bounds(void **lowest, size_t *size) {
#if defined(__APPLE__)
    pthread_t self = pthread_self();
    size_t total = pthread_get_stacksize_np(self);
    char *top = (char *)pthread_get_stackaddr_np(self);
    *lowest = top - total;
    *size = total;
    return 0;
#else
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return -1;
    int status = pthread_attr_getstack(&attributes, lowest, size);
    pthread_attr_destroy(&attributes);
    return status;
#endif
}
