// Reading tasks: one task with its place in the tree, the leader's board of a unit, and what
// carries over into next year's dialogue.
#include <algorithm>
#include <set>

#include "app/task/task_access.h"
#include "app/task/tasks.h"
#include "domain/unit/unit.h"

namespace doithoai {
namespace {

constexpr int kMaxDepth = 64;  // a task tree deeper than this is a bug, not a directive
constexpr size_t kMaxLate = 200;

TaskNodeView Node(Task t, Date today) {
  TaskStatus s = StatusOf(t.deadline, t.progress, today);
  TaskNodeView v{std::move(t), s, {}};
  v.subtree.Add(s);
  return v;
}

// The counts of `root`'s subtree (itself included), walking down with Children.
StatusCounts SubtreeCounts(Tx& tx, const Task& root, Date today) {
  StatusCounts c;
  std::vector<std::pair<Task, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [t, depth] = std::move(stack.back());
    stack.pop_back();
    c.Add(StatusOf(t.deadline, t.progress, today));
    if (depth >= kMaxDepth) continue;
    for (auto& child : tx.tasks().Children(t.id)) stack.emplace_back(std::move(child), depth + 1);
  }
  return c;
}

void Remember(Tx& tx, std::map<AgencyId, Agency>& agencies, const std::optional<AgencyId>& id) {
  if (id && !agencies.count(*id)) {
    if (auto a = tx.agencies().Find(*id)) agencies.emplace(*id, *a);
  }
}

// The widest unit the actor watches tasks in (shortest path), if any.
std::optional<std::string> WidestWatchScope(const Actor& actor) {
  std::optional<std::string> best;
  for (const auto& g : actor.grants) {
    if (g.role != Role::kCoordinator && g.role != Role::kLeader && g.role != Role::kYouthUnion) {
      continue;
    }
    if (!best || g.unit_path.size() < best->size()) best = g.unit_path;
  }
  return best;
}

std::optional<UnitId> UnitOfPath(std::string_view path) {
  // "/1/14/230/" → 230
  if (path.size() < 3) return std::nullopt;
  auto end = path.size() - 1;
  auto start = path.rfind('/', end - 1);
  return UnitId(std::stoll(std::string(path.substr(start + 1, end - start - 1))));
}

}  // namespace

Result<TaskView> GetTask(Context& ctx, const Actor& actor, TaskId id) {
  Date today = ctx.clock.Today();
  return ReadValue<TaskView>(ctx.store, [&](Tx& tx) -> Result<TaskView> {
    auto t = tx.tasks().Find(id);
    if (!t) return Error::NotFound("nhiệm vụ");
    TaskView v;
    std::optional<TaskId> up = t->parent;
    for (int depth = 0; up && depth < kMaxDepth; ++depth) {
      auto p = tx.tasks().Find(*up);
      if (!p) break;
      up = p->parent;
      v.ancestors.insert(v.ancestors.begin(), Node(std::move(*p), today));
    }
    // Who may see a task may follow what it was split into, down to the lowest level.
    bool visible = CanView(actor, *t) ||
                   std::any_of(v.ancestors.begin(), v.ancestors.end(),
                               [&](const TaskNodeView& a) { return CanView(actor, a.task); });
    if (!visible) return Error::Forbidden();
    auto doc = tx.documents().Find(t->document);
    if (!doc) return Error::Internal("task without its document");
    v.document = *doc;
    v.can_report = CanReport(actor, *t);
    v.can_split = CanSplit(actor, *t);
    for (auto& child : tx.tasks().Children(id)) {
      StatusCounts c = SubtreeCounts(tx, child, today);
      TaskNodeView n = Node(std::move(child), today);
      n.subtree = c;
      v.children.push_back(std::move(n));
    }
    v.reports = tx.tasks().Reports(id);
    for (IssueId i : t->issues) {
      if (auto issue = tx.issues().Find(i)) v.issues.push_back(*issue);
    }
    auto remember_task = [&](const Task& x) {
      Remember(tx, v.agencies, x.lead.agency);
      for (const auto& c : x.coordinating) Remember(tx, v.agencies, c.agency);
    };
    remember_task(*t);
    for (const auto& a : v.ancestors) remember_task(a.task);
    for (const auto& c : v.children) remember_task(c.task);
    for (const auto& r : v.reports) Remember(tx, v.agencies, r.agency);
    StatusCounts own = SubtreeCounts(tx, *t, today);
    v.node = Node(std::move(*t), today);
    v.node.subtree = own;
    return v;
  });
}

Result<TaskBoard> GetTaskBoard(Context& ctx, const Actor& actor, std::optional<UnitId> unit_id) {
  Date today = ctx.clock.Today();
  return ReadValue<TaskBoard>(ctx.store, [&](Tx& tx) -> Result<TaskBoard> {
    TaskBoard b;
    if (!unit_id) {
      if (auto scope = WidestWatchScope(actor)) unit_id = UnitOfPath(*scope);
    }
    if (unit_id) {
      auto unit = tx.units().Find(*unit_id);
      if (!unit) return Error::NotFound("đơn vị");
      if (!CanWatchTasks(actor, unit->path)) return Error::Forbidden();
      b.unit = *unit;
      // Status rows (no texts) for the whole subtree; whole tasks only for the late ones shown.
      std::vector<TaskStatusRow> rows = tx.tasks().StatusRowsInSubtree(unit->path);
      std::vector<TaskNode> nodes;
      nodes.reserve(rows.size());
      std::vector<std::pair<std::optional<Date>, TaskId>> late;  // due in this cycle, id
      for (auto& r : rows) {
        TaskStatus s = StatusOf(r.deadline, r.progress, today);
        if (s == TaskStatus::kOverdue) late.emplace_back(DueInCycle(r.deadline, today), r.id);
        nodes.push_back({r.id.value, std::nullopt, std::move(r.unit_path), s});
      }
      std::map<std::string, StatusCounts> by_path = RollUpUnits(nodes);
      b.total = by_path[unit->path];
      StatusCounts own = b.total;
      for (auto& child : tx.units().Children(unit->id)) {
        auto it = by_path.find(child.path);
        if (it == by_path.end()) continue;  // no tasks there
        StatusCounts c = it->second;
        own.not_started -= c.not_started;
        own.in_progress -= c.in_progress;
        own.done_on_time -= c.done_on_time;
        own.done_late -= c.done_late;
        own.overdue -= c.overdue;
        b.children.push_back({std::move(child), c});
      }
      b.children.insert(b.children.begin(), UnitCounts{*unit, own});
      // The oldest due first, then by id: only the ones shown need ordering.
      size_t shown = std::min(late.size(), kMaxLate);
      std::partial_sort(late.begin(), late.begin() + static_cast<std::ptrdiff_t>(shown),
                        late.end());
      late.resize(shown);
      for (const auto& [due, id] : late) {
        if (auto full = tx.tasks().Find(id)) b.late.push_back(Node(std::move(*full), today));
      }
    }
    std::vector<AgencyId> agencies = TaskAgencies(actor);
    for (auto& t : tx.tasks().ListForAgencies(agencies))
      b.mine.push_back(Node(std::move(t), today));
    std::vector<std::string> paths;
    for (const auto& g : actor.grants) {
      if (g.role == Role::kLeader || g.role == Role::kCoordinator) paths.push_back(g.unit_path);
    }
    b.notifications = tx.notifications().ListFor(agencies, paths, 20);
    if (!b.unit && agencies.empty()) return Error::Forbidden();
    return b;
  });
}

Result<CarryOver> GetCarryOver(Context& ctx, const Actor& actor, DialogueId dialogue) {
  Date today = ctx.clock.Today();
  return ReadValue<CarryOver>(ctx.store, [&](Tx& tx) -> Result<CarryOver> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit) return Error::NotFound("đơn vị");
    if (!CanWatchTasks(actor, unit->path)) return Error::Forbidden();
    CarryOver out;
    out.previous = PreviousDialogue(tx, *d);
    if (!out.previous) return out;
    for (auto& t : OpenConclusionTasks(tx, out.previous->id, today)) {
      out.open_tasks.push_back(Node(std::move(t), today));
    }
    for (auto& issue : tx.issues().ListByDialogue(out.previous->id)) {
      auto a = tx.answers().Find(issue.id);
      if (!a || a->status != AnswerStatus::kApproved) out.unanswered.push_back(std::move(issue));
    }
    return out;
  });
}

}  // namespace doithoai
