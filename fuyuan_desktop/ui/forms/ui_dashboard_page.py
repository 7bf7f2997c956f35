# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.page_layout = QVBoxLayout(DashboardPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title_label = QLabel(DashboardPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header_row.addWidget(self.title_label)

        self.date_label = QLabel(DashboardPage)
        self.date_label.setObjectName(u"date_label")

        self.header_row.addWidget(self.date_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.refresh_button = QPushButton(DashboardPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_row.addWidget(self.refresh_button)


        self.page_layout.addLayout(self.header_row)

        self.summary_label = QLabel(DashboardPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.card_grid = QGridLayout()
        self.card_grid.setObjectName(u"card_grid")
        self.today_box = QGroupBox(DashboardPage)
        self.today_box.setObjectName(u"today_box")
        self.today_layout = QVBoxLayout(self.today_box)
        self.today_layout.setObjectName(u"today_layout")
        self.today_list = QTreeWidget(self.today_box)
        self.today_list.setObjectName(u"today_list")
        self.today_list.setRootIsDecorated(False)
        self.today_list.setUniformRowHeights(True)
        self.today_list.setAlternatingRowColors(True)

        self.today_layout.addWidget(self.today_list)


        self.card_grid.addWidget(self.today_box, 0, 0, 1, 1)

        self.deadline_box = QGroupBox(DashboardPage)
        self.deadline_box.setObjectName(u"deadline_box")
        self.deadline_layout = QVBoxLayout(self.deadline_box)
        self.deadline_layout.setObjectName(u"deadline_layout")
        self.deadline_list = QTreeWidget(self.deadline_box)
        self.deadline_list.setObjectName(u"deadline_list")
        self.deadline_list.setRootIsDecorated(False)
        self.deadline_list.setUniformRowHeights(True)
        self.deadline_list.setAlternatingRowColors(True)

        self.deadline_layout.addWidget(self.deadline_list)

        self.deadline_note = QLabel(self.deadline_box)
        self.deadline_note.setObjectName(u"deadline_note")

        self.deadline_layout.addWidget(self.deadline_note)


        self.card_grid.addWidget(self.deadline_box, 0, 1, 1, 1)

        self.upcoming_box = QGroupBox(DashboardPage)
        self.upcoming_box.setObjectName(u"upcoming_box")
        self.upcoming_layout = QVBoxLayout(self.upcoming_box)
        self.upcoming_layout.setObjectName(u"upcoming_layout")
        self.upcoming_list = QTreeWidget(self.upcoming_box)
        self.upcoming_list.setObjectName(u"upcoming_list")
        self.upcoming_list.setRootIsDecorated(False)
        self.upcoming_list.setUniformRowHeights(True)
        self.upcoming_list.setAlternatingRowColors(True)

        self.upcoming_layout.addWidget(self.upcoming_list)


        self.card_grid.addWidget(self.upcoming_box, 1, 0, 1, 1)

        self.warning_box = QGroupBox(DashboardPage)
        self.warning_box.setObjectName(u"warning_box")
        self.warning_layout = QVBoxLayout(self.warning_box)
        self.warning_layout.setObjectName(u"warning_layout")
        self.overdue_button = QPushButton(self.warning_box)
        self.overdue_button.setObjectName(u"overdue_button")

        self.warning_layout.addWidget(self.overdue_button)

        self.cluster_label = QLabel(self.warning_box)
        self.cluster_label.setObjectName(u"cluster_label")
        self.cluster_label.setWordWrap(True)

        self.warning_layout.addWidget(self.cluster_label)

        self.cluster_list = QTreeWidget(self.warning_box)
        self.cluster_list.setObjectName(u"cluster_list")
        self.cluster_list.setRootIsDecorated(False)
        self.cluster_list.setUniformRowHeights(True)
        self.cluster_list.setAlternatingRowColors(True)

        self.warning_layout.addWidget(self.cluster_list)

        self.draft_button = QPushButton(self.warning_box)
        self.draft_button.setObjectName(u"draft_button")
        self.draft_button.setEnabled(False)

        self.warning_layout.addWidget(self.draft_button)

        self.draft_note = QLabel(self.warning_box)
        self.draft_note.setObjectName(u"draft_note")
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.warning_layout.addWidget(self.draft_note)


        self.card_grid.addWidget(self.warning_box, 1, 1, 1, 1)


        self.page_layout.addLayout(self.card_grid)

        QWidget.setTabOrder(self.refresh_button, self.today_list)
        QWidget.setTabOrder(self.today_list, self.deadline_list)
        QWidget.setTabOrder(self.deadline_list, self.upcoming_list)
        QWidget.setTabOrder(self.upcoming_list, self.overdue_button)
        QWidget.setTabOrder(self.overdue_button, self.cluster_list)
        QWidget.setTabOrder(self.cluster_list, self.draft_button)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title_label.setText(QCoreApplication.translate("DashboardPage", u"\u5de5\u4f5c\u53f0", None))
        self.date_label.setText("")
        self.refresh_button.setText(QCoreApplication.translate("DashboardPage", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("DashboardPage", u"\u91cd\u65b0\u8bfb\u53d6\u4eca\u65e5\u5b89\u6392\u548c\u671f\u9650\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText("")
        self.today_box.setTitle(QCoreApplication.translate("DashboardPage", u"\u4eca\u65e5\u8c03\u89e3", None))
        ___qtreewidgetitem = self.today_list.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("DashboardPage", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("DashboardPage", u"\u5730\u70b9", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("DashboardPage", u"\u5f53\u4e8b\u4eba", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DashboardPage", u"\u6848\u4ef6\u7f16\u53f7", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DashboardPage", u"\u65f6\u95f4", None))
#if QT_CONFIG(accessibility)
        self.today_list.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u4eca\u65e5\u8c03\u89e3", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem1 = self.deadline_list.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("DashboardPage", u"\u5f53\u4e8b\u4eba", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("DashboardPage", u"\u6848\u4ef6\u7f16\u53f7", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("DashboardPage", u"\u4e8b\u9879", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("DashboardPage", u"\u5269\u4f59", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("DashboardPage", u"\u5230\u671f\u65e5", None))
#if QT_CONFIG(accessibility)
        self.deadline_list.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u671f\u9650\u63d0\u9192", None))
#endif // QT_CONFIG(accessibility)
        self.deadline_note.setText("")
        ___qtreewidgetitem2 = self.upcoming_list.headerItem()
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("DashboardPage", u"\u5730\u70b9", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("DashboardPage", u"\u5f53\u4e8b\u4eba", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("DashboardPage", u"\u6848\u4ef6\u7f16\u53f7", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("DashboardPage", u"\u65f6\u95f4", None))
        self.warning_box.setTitle(QCoreApplication.translate("DashboardPage", u"\u9884\u8b66", None))
        self.overdue_button.setText("")
#if QT_CONFIG(tooltip)
        self.overdue_button.setToolTip(QCoreApplication.translate("DashboardPage", u"\u5728\u201c\u6848\u4ef6\u201d\u4e2d\u5217\u51fa\u5168\u90e8\u8d85\u671f\u6848\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.cluster_label.setText(QCoreApplication.translate("DashboardPage", u"\u7c7b\u6848\u9884\u8b66\u548c\u5e9c\u9662\u8054\u52a8\u63d0\u793a", None))
        ___qtreewidgetitem3 = self.cluster_list.headerItem()
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("DashboardPage", u"\u4ef6\u6570", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("DashboardPage", u"\u5185\u5bb9", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("DashboardPage", u"\u9884\u8b66", None))
#if QT_CONFIG(accessibility)
        self.cluster_list.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u7c7b\u6848\u9884\u8b66", None))
#endif // QT_CONFIG(accessibility)
        self.draft_button.setText(QCoreApplication.translate("DashboardPage", u"\u636e\u6b64\u8d77\u8349\u53f8\u6cd5\u5efa\u8bae\u4e66(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.draft_button.setToolTip(QCoreApplication.translate("DashboardPage", u"\u9009\u4e2d\u4e00\u6761\u7c7b\u6848\u9884\u8b66\uff0c\u6309\u8fd9\u7ec4\u7c7b\u6848\u8d77\u8349\u53f8\u6cd5\u5efa\u8bae\u4e66", None))
#endif // QT_CONFIG(tooltip)
        self.draft_note.setText("")
        pass
    # retranslateUi

