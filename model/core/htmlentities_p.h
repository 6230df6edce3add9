#pragma once

namespace Anchorline::Model::HtmlEntities {

// One named character reference: its name as written after '&' (with the ';' where the name has
// one) and the one or two code points it stands for (second is 0 when there is one).
struct Entity
{
    const char *name;
    char32_t first;
    char32_t second;
};

// The entity with exactly this name ("eacute;", "amp"), or null.
const Entity *find(const char *name);
// How many names the table holds (2231 in HTML's list).
int count();

} // namespace Anchorline::Model::HtmlEntities
