#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H
// Snowball's stemmers (libstemmer-dev): sb_stemmer_new("russian", "UTF_8"), sb_stemmer_stem, …
#include <libstemmer.h>
#endif
