// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20230418

const (
	// 此产品的特有错误码

	// 结束时间必须大于起始时间
	INVALIDPARAMETERVALUE_ENDTIMELOWERTHANSTARTTIME = "InvalidParameterValue.EndTimeLowerThanStartTime"

	// 物资放行/ 退出交接工单，传入的额外参数不匹配
	INVALIDPARAMETERVALUE_INVALIDEXTRAPARAMETERCOMBINATION = "InvalidParameterValue.InvalidExtraParameterCombination"

	// 非法的参数组合
	INVALIDPARAMETERVALUE_INVALIDPARAMETERCOMBINATION = "InvalidParameterValue.InvalidParameterCombination"

	// 时间格式不符合规范
	INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT = "InvalidParameterValue.InvalidTimeFormat"

	// 非法的工单类型
	INVALIDPARAMETERVALUE_INVALIDWORKORDERTYPE = "InvalidParameterValue.InvalidWorkOrderType"
)
