#ifndef PARSURVEY_CZLIB_SHIM_H
#define PARSURVEY_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2/deflateInit2 are macros; Swift cannot call macros, so wrap them. */
static inline int parsurvey_inflate_init_raw(z_stream *s) {
    return inflateInit2(s, -15);
}
static inline int parsurvey_deflate_init_raw(z_stream *s, int level) {
    return deflateInit2(s, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
