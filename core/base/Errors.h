#pragma once
// Typed engine errors. Each message names the file or value and what was expected,
// so the CLI can print it and the GUI can show it as-is.
#include <stdexcept>
#include <string>

namespace itgan {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A dataset file or folder is missing, malformed or inconsistent.
class DatasetError : public Error {
public:
    using Error::Error;
};

// Weights or a model description do not match the architecture.
class ModelError : public Error {
public:
    using Error::Error;
};

// A configuration value or command-line option is out of range or unknown.
class ConfigError : public Error {
public:
    using Error::Error;
};

// Reading or writing a file failed.
class IoError : public Error {
public:
    using Error::Error;
};

// A job was cancelled through its cancellation token.
class CancelledError : public Error {
public:
    CancelledError() : Error("cancelled") {}
};

} // namespace itgan
