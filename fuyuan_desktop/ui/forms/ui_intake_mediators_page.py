# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_mediators_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_IntakeMediatorsPage(object):
    def setupUi(self, IntakeMediatorsPage):
        if not IntakeMediatorsPage.objectName():
            IntakeMediatorsPage.setObjectName(u"IntakeMediatorsPage")
        self.page_layout = QVBoxLayout(IntakeMediatorsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.mediator_list_label = QLabel(IntakeMediatorsPage)
        self.mediator_list_label.setObjectName(u"mediator_list_label")

        self.page_layout.addWidget(self.mediator_list_label)

        self.mediator_list = QListWidget(IntakeMediatorsPage)
        self.mediator_list.setObjectName(u"mediator_list")

        self.page_layout.addWidget(self.mediator_list)

        self.roster_note = QLabel(IntakeMediatorsPage)
        self.roster_note.setObjectName(u"roster_note")
        self.roster_note.setWordWrap(True)

        self.page_layout.addWidget(self.roster_note)

        self.accepted_row = QHBoxLayout()
        self.accepted_row.setObjectName(u"accepted_row")
        self.accepted_check = QCheckBox(IntakeMediatorsPage)
        self.accepted_check.setObjectName(u"accepted_check")

        self.accepted_row.addWidget(self.accepted_check)

        self.accepted_date_edit = QDateEdit(IntakeMediatorsPage)
        self.accepted_date_edit.setObjectName(u"accepted_date_edit")
        self.accepted_date_edit.setEnabled(False)
        self.accepted_date_edit.setCalendarPopup(True)

        self.accepted_row.addWidget(self.accepted_date_edit)

        self.accepted_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accepted_row.addItem(self.accepted_spacer)


        self.page_layout.addLayout(self.accepted_row)

        self.accepted_note = QLabel(IntakeMediatorsPage)
        self.accepted_note.setObjectName(u"accepted_note")
        self.accepted_note.setWordWrap(True)

        self.page_layout.addWidget(self.accepted_note)

        self.error_label = QLabel(IntakeMediatorsPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.mediator_list_label.setBuddy(self.mediator_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mediator_list, self.accepted_check)
        QWidget.setTabOrder(self.accepted_check, self.accepted_date_edit)

        self.retranslateUi(IntakeMediatorsPage)

        QMetaObject.connectSlotsByName(IntakeMediatorsPage)
    # setupUi

    def retranslateUi(self, IntakeMediatorsPage):
        IntakeMediatorsPage.setTitle(QCoreApplication.translate("IntakeMediatorsPage", u"\u8c03\u89e3\u5458", None))
        IntakeMediatorsPage.setSubTitle(QCoreApplication.translate("IntakeMediatorsPage", u"\u9009\u586b\u3002\u7a7a\u683c\u952e\u52fe\u9009\uff1b\u7b2c\u4e00\u4f4d\u52fe\u9009\u7684\u8c03\u89e3\u5458\u4e3b\u6301\u8c03\u89e3\u3002\u4e5f\u53ef\u4ee5\u767b\u8bb0\u540e\u518d\u6307\u6d3e\u3002", None))
        self.mediator_list_label.setText(QCoreApplication.translate("IntakeMediatorsPage", u"\u8c03\u89e3\u5458\u540d\u518c(&M)", None))
#if QT_CONFIG(accessibility)
        self.mediator_list.setAccessibleName(QCoreApplication.translate("IntakeMediatorsPage", u"\u8c03\u89e3\u5458\u540d\u518c", None))
#endif // QT_CONFIG(accessibility)
        self.accepted_check.setText(QCoreApplication.translate("IntakeMediatorsPage", u"\u5df2\u63a5\u53d7\u59d4\u6d3e\uff0c\u65e5\u671f(&D)", None))
        self.accepted_date_edit.setDisplayFormat(QCoreApplication.translate("IntakeMediatorsPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.accepted_date_edit.setAccessibleName(QCoreApplication.translate("IntakeMediatorsPage", u"\u63a5\u53d7\u59d4\u6d3e\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

