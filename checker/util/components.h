// File: checker/util/components.h
//
// Connected components of a graph given one edge at a time: which spellings
// name one person, which articles tell one story, which reports describe one
// meeting. The edges are not stored: each joins two of Boost's disjoint sets
// (the union-find that Boost.Graph's incremental_components maintains), so a
// vertex costs two integers and an edge nothing, however many edges a corpus
// of millions of claims yields.
//
//   Components components(4);
//   components.Join(0, 2);
//   components.Join(3, 2);
//   components.Groups();  // {{0, 2, 3}, {1}}

#ifndef FACTCHECK_CHECKER_UTIL_COMPONENTS_H_
#define FACTCHECK_CHECKER_UTIL_COMPONENTS_H_

#include <vector>

namespace factcheck {

class Components {
 public:
  // Vertices 0 to `vertices` - 1, each alone.
  explicit Components(int vertices);

  // Puts `a` and `b`, and everything joined to either, in one component.
  void Join(int a, int b);

  // The vertex that stands for `vertex`'s component: the same for every
  // vertex of it, until the next Join.
  int Find(int vertex);

  // The components, each listing its vertices in increasing order, ordered by
  // their first vertex: one result whatever the order of the edges.
  std::vector<std::vector<int>> Groups();

 private:
  // Boost's disjoint sets read and write these through pointers.
  std::vector<int> rank_;
  std::vector<int> parent_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_COMPONENTS_H_
