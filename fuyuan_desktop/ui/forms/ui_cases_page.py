# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        self.page_layout = QVBoxLayout(CasesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_edit = QLineEdit(CasesPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.new_case_button = QPushButton(CasesPage)
        self.new_case_button.setObjectName(u"new_case_button")

        self.search_row.addWidget(self.new_case_button)


        self.page_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_label = QLabel(CasesPage)
        self.status_label.setObjectName(u"status_label")

        self.filter_row.addWidget(self.status_label)

        self.status_filter = QComboBox(CasesPage)
        self.status_filter.setObjectName(u"status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(6)

        self.filter_row.addWidget(self.status_filter)

        self.category_label = QLabel(CasesPage)
        self.category_label.setObjectName(u"category_label")

        self.filter_row.addWidget(self.category_label)

        self.category_filter = QComboBox(CasesPage)
        self.category_filter.setObjectName(u"category_filter")
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_filter.setMinimumContentsLength(6)

        self.filter_row.addWidget(self.category_filter)

        self.tribunal_label = QLabel(CasesPage)
        self.tribunal_label.setObjectName(u"tribunal_label")

        self.filter_row.addWidget(self.tribunal_label)

        self.tribunal_filter = QComboBox(CasesPage)
        self.tribunal_filter.setObjectName(u"tribunal_filter")
        self.tribunal_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tribunal_filter.setMinimumContentsLength(12)

        self.filter_row.addWidget(self.tribunal_filter)

        self.filter_spacer_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer_1)


        self.page_layout.addLayout(self.filter_row)

        self.filter_row_2 = QHBoxLayout()
        self.filter_row_2.setObjectName(u"filter_row_2")
        self.place_label = QLabel(CasesPage)
        self.place_label.setObjectName(u"place_label")

        self.filter_row_2.addWidget(self.place_label)

        self.place_filter = QLineEdit(CasesPage)
        self.place_filter.setObjectName(u"place_filter")
        self.place_filter.setMinimumSize(QSize(110, 0))
        self.place_filter.setMaximumSize(QSize(160, 16777215))

        self.filter_row_2.addWidget(self.place_filter)

        self.mediator_label = QLabel(CasesPage)
        self.mediator_label.setObjectName(u"mediator_label")

        self.filter_row_2.addWidget(self.mediator_label)

        self.mediator_filter = QLineEdit(CasesPage)
        self.mediator_filter.setObjectName(u"mediator_filter")
        self.mediator_filter.setMinimumSize(QSize(80, 0))
        self.mediator_filter.setMaximumSize(QSize(120, 16777215))

        self.filter_row_2.addWidget(self.mediator_filter)

        self.period_label = QLabel(CasesPage)
        self.period_label.setObjectName(u"period_label")

        self.filter_row_2.addWidget(self.period_label)

        self.period_filter = QComboBox(CasesPage)
        self.period_filter.setObjectName(u"period_filter")
        self.period_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_filter.setMinimumContentsLength(6)

        self.filter_row_2.addWidget(self.period_filter)

        self.overdue_filter = QCheckBox(CasesPage)
        self.overdue_filter.setObjectName(u"overdue_filter")

        self.filter_row_2.addWidget(self.overdue_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row_2.addItem(self.filter_spacer)


        self.page_layout.addLayout(self.filter_row_2)

        self.case_table = QTableView(CasesPage)
        self.case_table.setObjectName(u"case_table")
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setSortingEnabled(True)
        self.case_table.setAlternatingRowColors(True)

        self.page_layout.addWidget(self.case_table)

        self.count_label = QLabel(CasesPage)
        self.count_label.setObjectName(u"count_label")

        self.page_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_filter)
        self.category_label.setBuddy(self.category_filter)
        self.tribunal_label.setBuddy(self.tribunal_filter)
        self.place_label.setBuddy(self.place_filter)
        self.mediator_label.setBuddy(self.mediator_filter)
        self.period_label.setBuddy(self.period_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.new_case_button)
        QWidget.setTabOrder(self.new_case_button, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.category_filter)
        QWidget.setTabOrder(self.category_filter, self.tribunal_filter)
        QWidget.setTabOrder(self.tribunal_filter, self.place_filter)
        QWidget.setTabOrder(self.place_filter, self.mediator_filter)
        QWidget.setTabOrder(self.mediator_filter, self.period_filter)
        QWidget.setTabOrder(self.period_filter, self.overdue_filter)
        QWidget.setTabOrder(self.overdue_filter, self.case_table)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CasesPage", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\uff08\u6216\u672b4\u4f4d\uff09\u3001\u7535\u8bdd\u3001\u6848\u53f7\u3001\u5730\u70b9\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 zs\uff09", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u641c\u7d22\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.new_case_button.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u65b0\u6848\u4ef6(&N)", None))
        self.status_label.setText(QCoreApplication.translate("CasesPage", u"\u72b6\u6001(&S)", None))
        self.category_label.setText(QCoreApplication.translate("CasesPage", u"\u7c7b\u578b(&T)", None))
        self.tribunal_label.setText(QCoreApplication.translate("CasesPage", u"\u6cd5\u5ead(&B)", None))
        self.place_label.setText(QCoreApplication.translate("CasesPage", u"\u5730\u70b9(&P)", None))
        self.mediator_label.setText(QCoreApplication.translate("CasesPage", u"\u8c03\u89e3\u5458(&M)", None))
        self.period_label.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u671f\u95f4(&D)", None))
        self.overdue_filter.setText(QCoreApplication.translate("CasesPage", u"\u53ea\u770b\u8d85\u671f(&O)", None))
#if QT_CONFIG(accessibility)
        self.case_table.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6848\u4ef6\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        pass
    # retranslateUi

