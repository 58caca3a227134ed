#include "checker/util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

absl::Status CannotWrite(const std::string& path, int error) {
  return absl::PermissionDeniedError(
      absl::StrCat("cannot write ", path, ": ", std::strerror(error)));
}

// Writes all of `contents` to `fd`, or returns the errno of the write that failed.
int WriteAll(int fd, absl::string_view contents) {
  while (!contents.empty()) {
    const ssize_t written = write(fd, contents.data(), contents.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    contents.remove_prefix(static_cast<size_t>(written));
  }
  return 0;
}

// Writes `contents` into what is at `path` as it stands (a device, a pipe, a
// file a dangling link names), which renaming would replace.
absl::Status WriteInPlace(const std::string& path, absl::string_view contents) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return CannotWrite(path, errno);
  const int error = WriteAll(fd, contents);
  if (close(fd) != 0 && error == 0) return CannotWrite(path, errno);
  return error == 0 ? absl::OkStatus() : CannotWrite(path, error);
}

// Replaces the regular file `path` (or makes it) by way of a temporary file
// beside it, given `mode` when it replaces a file of that mode. The bytes
// reach the disk before the rename: after a crash, the file holds the old
// contents or the new.
absl::Status Replace(const std::string& path, absl::string_view contents,
                     std::optional<mode_t> mode) {
  const std::string temporary = absl::StrCat(path, ".tmp.", getpid());
  unlink(temporary.c_str());  // one a run of the same process id left
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return CannotWrite(path, errno);
  int error = mode.has_value() && fchmod(fd, *mode) != 0 ? errno : 0;
  if (error == 0) error = WriteAll(fd, contents);
  if (error == 0 && fsync(fd) != 0) error = errno;
  if (close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    unlink(temporary.c_str());
    return CannotWrite(path, error);
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status WriteFileAtomically(const std::string& path, absl::string_view contents) {
  struct stat target;
  if (stat(path.c_str(), &target) != 0) {
    if (errno != ENOENT) return CannotWrite(path, errno);
    struct stat link;
    // A link to nothing yet: the file is made where it points, the link kept.
    if (lstat(path.c_str(), &link) == 0) return WriteInPlace(path, contents);
    return Replace(path, contents, std::nullopt);
  }
  // "/dev/null", "/dev/stdout", a pipe: written to, never replaced by a file
  // (a folder fails here, saying so).
  if (!S_ISREG(target.st_mode)) return WriteInPlace(path, contents);
  // A file, perhaps reached through links, is replaced where it lies,
  // keeping its permissions; the links still lead to it.
  char* real = realpath(path.c_str(), nullptr);
  if (real == nullptr) return CannotWrite(path, errno);
  const std::string real_path = real;
  std::free(real);
  return Replace(real_path, contents, target.st_mode & 07777);
}

}  // namespace factcheck
