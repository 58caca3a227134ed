// File: checker/config/config.h
//
// Reads the checker's configuration (proto/config.proto) and other textproto
// files — baselines, lexicons — with errors that name the file and line, and
// writes them atomically.
//
//   absl::StatusOr<ConfigFile> config = ReadConfig("corpus/factcheck.textproto");
//   // error: corpus/factcheck.textproto:3:1: Message type "factcheck.Config"
//   //        has no field named "includ".
//   config->Where("rules", 1);           // "corpus/factcheck.textproto:7"
//   config->Resolve(config->config.baseline());  // "corpus/baseline.textproto"
//   std::string found = FindConfig("corpus");  // "corpus/factcheck.textproto" or ""

#ifndef FACTCHECK_CHECKER_CONFIG_CONFIG_H_
#define FACTCHECK_CHECKER_CONFIG_CONFIG_H_

#include <map>
#include <string>
#include <vector>

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
// rename, so a reader never sees half a file. `header` lines go first, as
// comments.
absl::Status WriteTextProto(const google::protobuf::Message& message, const std::string& path,
                            const std::vector<std::string>& header = {});

// A configuration and where each of its settings was written, so that a
// setting that cannot be used is reported at its line.
struct ConfigFile {
  Config config;
  std::string path;  // "" for the built-in defaults

  // "path:line" of the `index`th value of the top-level `field`; the path
  // alone when unknown, "" for the defaults.
  std::string Where(const std::string& field, int index = 0) const;
  // A path written in the configuration, taken relative to its folder.
  std::string Resolve(const std::string& written) const;

  std::map<std::string, std::vector<int>> lines;  // field -> 1-based line of each value
};

absl::StatusOr<ConfigFile> ReadConfig(const std::string& path);

// `<corpus_root>/factcheck.textproto` when it exists, else "".
std::string FindConfig(const std::string& corpus_root);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CONFIG_CONFIG_H_
