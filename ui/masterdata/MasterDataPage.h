#pragma once

#include "common/Page.h"

#include <QJsonObject>
#include <QList>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace suyuan::ui {

// Master data editors: products, parties (主体) and locations, one tab each, with the current
// entries in a table and a form beside it. An edit is a new signed record (TraceService::
// saveProduct …); the table shows the newest version and History lists every earlier one
// (core/trace/TraceStats.h masterHistory). Fields are checked as they are typed — GTIN and
// GLN check digits, units from UN/ECE Rec 20, key format, coordinates — and nothing is
// written until the form is valid; Enter in a field saves.
class MasterDataPage : public Page
{
    Q_OBJECT

public:
    explicit MasterDataPage(trace::TraceService& trace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    enum class Tab
    {
        Products,
        Parties,
        Locations
    };
    void showTab(Tab tab);

public Q_SLOTS:
    void refresh() override;

private:
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field, const char* name,
                   const QString& toolTip = {});
    QLabel* addError(QFormLayout* form, const char* name);
    QWidget* buildProducts();
    QWidget* buildParties();
    QWidget* buildLocations();
    QWidget* buildButtons(const char* prefix, QPushButton** save, QPushButton** history,
                          const std::function<void()>& onNew, const std::function<void()>& onSave,
                          const std::function<void()>& onHistory);
    QTableWidget* makeTable(const char* name, const QStringList& headers);
    void connectSubmit(QWidget* tab, const std::function<void()>& submit);

    void loadProducts(const QString& select = {});
    void loadParties(const QString& select = {});
    void loadLocations(const QString& select = {});
    void newProduct();
    void newParty();
    void newLocation();
    void editProduct(int row);
    void editParty(int row);
    void editLocation(int row);
    bool validateProduct(bool focusFirst);
    bool validateParty(bool focusFirst);
    bool validateLocation(bool focusFirst);
    void saveProduct();
    void saveParty();
    void saveLocation();
    void showHistory(const QString& kind, const QString& key, const QString& name);
    QString keyError(const QString& key) const;
    QString glnError(const QString& gln) const;
    QString nameError(const QString& zh, const QString& en) const;
    void setError(QLabel* error, const QString& text);
    void reportFailure(QLabel* status, const QString& message);

    QTabWidget* m_tabs = nullptr;

    // Products
    QTableWidget* m_products = nullptr;
    QLabel* m_productMode = nullptr;
    QLineEdit* m_productNameZh = nullptr;
    QLineEdit* m_productNameEn = nullptr;
    QLabel* m_productNameError = nullptr;
    QLineEdit* m_productGtin = nullptr;
    QLabel* m_productGtinError = nullptr;
    QLineEdit* m_productCode = nullptr;
    QLabel* m_productCodeError = nullptr;
    QComboBox* m_productCategory = nullptr;
    QComboBox* m_productUnit = nullptr;
    QLabel* m_productStatus = nullptr;
    QPushButton* m_productHistory = nullptr;
    QString m_productKey; // being edited; empty: a new product

    // Parties
    QTableWidget* m_parties = nullptr;
    QLabel* m_partyMode = nullptr;
    QLineEdit* m_partyKey = nullptr;
    QLabel* m_partyKeyError = nullptr;
    QLineEdit* m_partyNameZh = nullptr;
    QLineEdit* m_partyNameEn = nullptr;
    QLabel* m_partyNameError = nullptr;
    QComboBox* m_partyRole = nullptr;
    QLineEdit* m_partyGln = nullptr;
    QLabel* m_partyGlnError = nullptr;
    QLineEdit* m_partyEntityCode = nullptr;
    QLineEdit* m_partyPerson = nullptr;
    QLineEdit* m_partyPhone = nullptr;
    QLineEdit* m_partyAddress = nullptr;
    QLabel* m_partyStatus = nullptr;
    QPushButton* m_partyHistory = nullptr;
    QString m_partyEditing;
    QJsonObject m_partyContact; // the current record's contact: fields this form does not show stay

    // Locations
    QTableWidget* m_locations = nullptr;
    QLabel* m_locationMode = nullptr;
    QLineEdit* m_locationKey = nullptr;
    QLabel* m_locationKeyError = nullptr;
    QLineEdit* m_locationNameZh = nullptr;
    QLineEdit* m_locationNameEn = nullptr;
    QLabel* m_locationNameError = nullptr;
    QComboBox* m_locationType = nullptr;
    QComboBox* m_locationParty = nullptr;
    QLineEdit* m_locationGln = nullptr;
    QLabel* m_locationGlnError = nullptr;
    QLineEdit* m_locationAddress = nullptr;
    QLineEdit* m_locationLat = nullptr;
    QLineEdit* m_locationLon = nullptr;
    QLabel* m_locationGeoError = nullptr;
    QLabel* m_locationStatus = nullptr;
    QPushButton* m_locationHistory = nullptr;
    QString m_locationEditing;
};

} // namespace suyuan::ui
