#pragma once

#include <QString>
#include <memory>

namespace Anchorline::Model {
class Document;
class EventIndex;
struct Tour;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// A tour as a PDF handout (A4 portrait), one page per step: the event's title and date, a
// timeline snapshot of the step's window with the spotlight on its event (the same renderer as
// the screen), the note, the first evidence quote with its citation (short reference and
// title), and the footer 'Step n of N — tour title'. Metadata (title, creator, dates, document
// id) is fixed, so the same tour gives the same bytes on the same day. The file is written
// atomically; false with a reason when the tour has no steps or the file cannot be written.
// `allEvents` is an index of the document with every event visible when the caller has one (the
// window's SharedEventIndex while no filter is set); without it the handout builds its own.
bool writeHandout(const Model::Document &document, const Model::Tour &tour, const QString &pdfPath,
                  QString *error = nullptr,
                  std::shared_ptr<const Model::EventIndex> allEvents = {});

} // namespace Anchorline::Views
