#pragma once

#include "common/Page.h"
#include "record/RecordForm.h"

#include <QList>

class QListWidget;
class QStackedWidget;

namespace suyuan::ui {

// Record: a form for every operator action of the trace model (harvest, field work,
// inspection, processing, packing, shipping, receiving, recall, sale/destruction, correction),
// chosen from the list on the left. Each form validates inline, writes nothing until valid,
// and submits on Enter; a mistake is undone by a correction, never by deletion.
class RecordPage : public Page
{
    Q_OBJECT

public:
    RecordPage(trace::TraceService& trace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    // The form of an action ("harvest", "fieldwork", "inspect", "process", "pack", "ship",
    // "receive", "recall", "sell", "correct"), or nullptr.
    RecordForm* form(const QString& action) const;
    RecordForm* currentForm() const;
    // Replaces the confirmation dialogs (tests, or a main window with its own).
    void setConfirmation(const ConfirmFn& confirm);

public Q_SLOTS:
    void refresh() override;
    // Opens the form of an action, prefilled with the batch when one is given, and focuses
    // its first field.
    void startAction(const QString& action, const QString& batchId = {});

private:
    void showForm(int row);

    QListWidget* m_actions = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<RecordForm*> m_forms;
};

} // namespace suyuan::ui
