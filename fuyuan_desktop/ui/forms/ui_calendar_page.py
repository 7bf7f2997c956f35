# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCalendarWidget, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.page_layout = QHBoxLayout(CalendarPage)
        self.page_layout.setObjectName(u"page_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.calendar = QCalendarWidget(CalendarPage)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setMinimumSize(QSize(380, 300))
        self.calendar.setMaximumSize(QSize(460, 380))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.left_column.addWidget(self.calendar)

        self.range_row = QHBoxLayout()
        self.range_row.setObjectName(u"range_row")
        self.day_radio = QRadioButton(CalendarPage)
        self.day_radio.setObjectName(u"day_radio")
        self.day_radio.setChecked(True)

        self.range_row.addWidget(self.day_radio)

        self.week_radio = QRadioButton(CalendarPage)
        self.week_radio.setObjectName(u"week_radio")

        self.range_row.addWidget(self.week_radio)

        self.today_button = QPushButton(CalendarPage)
        self.today_button.setObjectName(u"today_button")

        self.range_row.addWidget(self.today_button)

        self.range_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.range_row.addItem(self.range_spacer)


        self.left_column.addLayout(self.range_row)

        self.month_label = QLabel(CalendarPage)
        self.month_label.setObjectName(u"month_label")
        self.month_label.setWordWrap(True)

        self.left_column.addWidget(self.month_label)

        self.legend_label = QLabel(CalendarPage)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setWordWrap(True)

        self.left_column.addWidget(self.legend_label)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.page_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.heading_label = QLabel(CalendarPage)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.right_column.addWidget(self.heading_label)

        self.session_list = QTreeWidget(CalendarPage)
        self.session_list.setObjectName(u"session_list")
        self.session_list.setRootIsDecorated(False)
        self.session_list.setUniformRowHeights(True)
        self.session_list.setAlternatingRowColors(True)

        self.right_column.addWidget(self.session_list)


        self.page_layout.addLayout(self.right_column)

        self.page_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.calendar, self.day_radio)
        QWidget.setTabOrder(self.day_radio, self.week_radio)
        QWidget.setTabOrder(self.week_radio, self.today_button)
        QWidget.setTabOrder(self.today_button, self.session_list)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
#if QT_CONFIG(accessibility)
        self.calendar.setAccessibleName(QCoreApplication.translate("CalendarPage", u"\u65e5\u5386", None))
#endif // QT_CONFIG(accessibility)
        self.day_radio.setText(QCoreApplication.translate("CalendarPage", u"\u5f53\u65e5(&D)", None))
        self.week_radio.setText(QCoreApplication.translate("CalendarPage", u"\u672c\u5468(&W)", None))
        self.today_button.setText(QCoreApplication.translate("CalendarPage", u"\u56de\u5230\u4eca\u5929(&T)", None))
        self.month_label.setText("")
        self.legend_label.setText(QCoreApplication.translate("CalendarPage", u"\u7740\u8272\u7684\u65e5\u671f\u6709\u8c03\u89e3\u5b89\u6392\uff1b\u53cc\u51fb\u573a\u6b21\u6216\u6309\u56de\u8f66\u6253\u5f00\u6848\u4ef6\u3002", None))
        self.heading_label.setText("")
        ___qtreewidgetitem = self.session_list.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CalendarPage", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CalendarPage", u"\u5730\u70b9", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CalendarPage", u"\u7ea0\u7eb7\u7c7b\u578b", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CalendarPage", u"\u5f53\u4e8b\u4eba", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CalendarPage", u"\u6848\u4ef6\u7f16\u53f7", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CalendarPage", u"\u65f6\u95f4", None))
#if QT_CONFIG(accessibility)
        self.session_list.setAccessibleName(QCoreApplication.translate("CalendarPage", u"\u8c03\u89e3\u573a\u6b21", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

