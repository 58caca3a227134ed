// File: checker/config/config.h
//
// Reads the checker's configuration (proto/config.proto) and other textproto
// files — baselines, lexicons — with errors that name the file and line, and
// writes them atomically.
//
//   absl::StatusOr<Config> config = ReadConfig("corpus/factcheck.textproto");
//   // error: corpus/factcheck.textproto:3:1: Message type "factcheck.Config"
//   //        has no field named "includ".
//   std::string found = FindConfig("corpus");  // "corpus/factcheck.textproto" or ""

#ifndef FACTCHECK_CHECKER_CONFIG_CONFIG_H_
#define FACTCHECK_CHECKER_CONFIG_CONFIG_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "proto/config.pb.h"

namespace factcheck {

// The name of the configuration file looked for at the corpus root.
inline constexpr char kConfigFileName[] = "factcheck.textproto";

// Parses the textproto file at `path` into `message`. The error names the
// file, and the line and column of the first mistake.
absl::Status ReadTextProto(const std::string& path, google::protobuf::Message* message);

// Writes `message` as textproto to `path` through a temporary file and a
// rename, so a reader never sees half a file.
absl::Status WriteTextProto(const google::protobuf::Message& message, const std::string& path);

absl::StatusOr<Config> ReadConfig(const std::string& path);

// `<corpus_root>/factcheck.textproto` when it exists, else "".
std::string FindConfig(const std::string& corpus_root);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CONFIG_CONFIG_H_
