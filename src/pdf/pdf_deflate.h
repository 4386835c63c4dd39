#pragma once
// Deflate (RFC 1951 in the zlib wrapper of RFC 1950, as /FlateDecode
// wants) with libdeflate, at zlib's default level 6: the same kind of
// stream libharu makes with zlib in about half the time, and with no
// per-stream set-up (zlib allocates and clears a quarter of a megabyte
// for each stream it deflates; a libdeflate compressor is made once per
// thread). The output is a pure function of the input, so PDFs stay
// byte-identical from run to run and whatever --jobs is.
#include <string>
#include <string_view>

namespace cp {

std::string deflate_bytes(std::string_view data);

}  // namespace cp
