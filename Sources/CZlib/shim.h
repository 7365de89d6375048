#ifndef NEWSDESK_CZLIB_SHIM_H
#define NEWSDESK_CZLIB_SHIM_H
#include <zlib.h>

// zlib's inflateInit2 is a macro, which Swift cannot call; 15 + 32 is the largest window with
// automatic detection of a gzip or zlib header.
static inline int newsdesk_inflate_init_auto(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
