#pragma once

namespace suyuan::crypto {

// Initialises OpenSSL (libcrypto, which SQLCipher uses too) once, without its exit-time
// cleanup. By default OpenSSL registers an atexit handler (OPENSSL_cleanup) that frees
// every thread's OpenSSL state; a worker thread that is still ending while the process
// exits (Qt's pool threads are not joined: QThread::wait returns before the thread's
// thread-local destructors run) then frees the same state a second time, and the heap is
// corrupted — seen as glibc's "double free or corruption" at the exit of test processes.
// The OS reclaims the memory at exit anyway. Every translation unit of core that calls
// OpenSSL runs this from a static initialiser, before anything else can initialise
// OpenSSL; calling it again does nothing. Returns whether OpenSSL initialised.
bool initOpenSsl();

} // namespace suyuan::crypto
