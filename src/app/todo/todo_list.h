// The signed-in user's "Việc cần làm" (issue 13): the records waiting for them, counted in one
// read transaction under the access rules (domain/access), assembled by domain/todo.
#pragma once

#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/todo/todo.h"

namespace doithoai {

struct TodoList {
  Landing landing = Landing::kTodo;
  Date today;
  std::vector<TodoItem> items;
};

// Every staff member has a list (empty when nothing waits); an actor without any grant gets
// an empty one too, never a refusal, so no role lands on an error page.
Result<TodoList> GetTodoList(Context& ctx, const Actor& actor);

}  // namespace doithoai
